// Request size limits in one place, in bytes. The import form and action (app/editor/import/limits.ts),
// the request gate (proxy.ts) and Next's own body limits (next.config.ts) all read these, so the
// three layers cannot drift apart.

/** A CSV upload at /editor/import. */
export const UPLOAD_FILE_MB = 50;
export const UPLOAD_FILE_BYTES = UPLOAD_FILE_MB * 1024 * 1024;
/**
 * The whole multipart post that carries an upload: the file plus room for the framing and the
 * form's other fields, so a file just over the limit reaches the action's clear message, not a bare 413.
 */
export const UPLOAD_BODY_BYTES = UPLOAD_FILE_BYTES + 2 * 1024 * 1024;
/** Every other form post (server actions). */
export const ACTION_BODY_BYTES = 1024 * 1024;
