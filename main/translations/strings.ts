// The string views are read in texts/ (services read them too); the review workflow and the CLI take them here.
export { countStrings, listStrings, type ReviewSources } from '../texts/strings';
