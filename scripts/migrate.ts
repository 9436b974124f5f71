// `npm run db:migrate`: apply pending migrations (npm start does this too).
import { prepareDatabase } from './lib/prepare';

const { file } = prepareDatabase({ seed: false });
console.log(`Database ${file} is at the latest migration.`);
