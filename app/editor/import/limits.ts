// The upload limit (lib/limits.ts), checked by the form before anything is sent and by the action on
// File.size before the body is read into a file.
import { UPLOAD_FILE_BYTES, UPLOAD_FILE_MB } from '@/lib/limits';

export const MAX_UPLOAD_MB = UPLOAD_FILE_MB;
export const MAX_UPLOAD_BYTES = UPLOAD_FILE_BYTES;

/** The one message for a file that cannot be a pledge CSV, or null when it may be one. */
export function uploadProblem(file: { name: string; size: number } | null): string | null {
  if (!file || file.name === '') return 'Choose a CSV file to import.';
  if (!/\.(csv|txt)$/i.test(file.name)) {
    return `${file.name} is not a CSV file. Save the sheet as "CSV UTF-8 (comma delimited)" and upload the .csv file.`;
  }
  if (file.size === 0)
    return `${file.name} is empty: expected a header row naming the columns, then one row per pledge.`;
  if (file.size > MAX_UPLOAD_BYTES) {
    return `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_UPLOAD_MB} MB. Split it, or import it with npm run import on the server.`;
  }
  return null;
}
