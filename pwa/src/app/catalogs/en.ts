import { type Catalog, catalogOf } from './catalog'

/** English: loaded when someone switches to it (or starts in it). */
const en: Catalog = catalogOf('en')
export default en
