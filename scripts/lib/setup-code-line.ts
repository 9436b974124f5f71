/** The console line `npm start` prints the first-run setup code on; tests and operators read it. */
export const SETUP_CODE_LINE = 'Setup code:';
