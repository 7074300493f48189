import { type Catalog, catalogOf } from './catalog'

/** Japanese, the source and the default: part of the first load. */
const ja: Catalog = catalogOf('ja')
export default ja
