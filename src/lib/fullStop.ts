/** The full stop a sentence ending in `text` still needs: none where the text ends with one, as a Ukrainian date does ("15 грудня 2025 р."). */
export const fullStop = (text: string): string => (/[.!?…]$/u.test(text) ? "" : ".");
