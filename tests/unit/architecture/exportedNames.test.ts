import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Every TypeScript file under a folder, with its path from the repository's root. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => join(folder, file))
    .sort();
}

/** The names a module declares and exports itself (re-exports name what another module declares). */
function declaredExports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) => {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) return [];
    if (ts.isVariableStatement(statement))
      return statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
    const name = (statement as ts.DeclarationStatement).name;
    return name && ts.isIdentifier(name) ? [name.text] : [];
  });
}

describe('the names src/ exports', () => {
  it('each mean one thing: no name is declared and exported by two modules', () => {
    const modulesByName = new Map<string, string[]>();
    for (const file of sourceFiles('src')) {
      for (const name of declaredExports(file)) modulesByName.set(name, [...(modulesByName.get(name) ?? []), file]);
    }
    const clashes = [...modulesByName].filter(([, files]) => files.length > 1).map(([name, files]) => `${name}: ${files.join(', ')}`);
    expect(modulesByName.size).toBeGreaterThan(500);
    expect(clashes).toEqual([]);
  });
});
