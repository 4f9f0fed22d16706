import { createContext, useContext } from 'react';

/**
 * Below this width of its own box (not of the window: an embed's frame and a phone's column
 * alike) the table shows each partnership as a card, as its six columns no longer fit side by side.
 * table.css holds the same width in its container query.
 */
export const CARD_FORM_BELOW = 600;

/** Whether the table is in its card form, for the parts that are drawn differently in it. */
export const TableCardsContext = createContext(false);

export const useTableCards = () => useContext(TableCardsContext);
