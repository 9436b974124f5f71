// `npm run db:migrate`: apply pending migrations (npm start does this too).
import { fail, prepareDatabase } from './lib/prepare';

prepareDatabase({ seed: false })
  .then(({ file }) => console.log(`Database ${file} is at the latest migration.`))
  .catch((error: Error) => fail(error.message));
