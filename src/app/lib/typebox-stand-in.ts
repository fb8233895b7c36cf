/**
 * What the mini app's build gets instead of TypeBox (vite.config.ts aliases it). The API contracts
 * in src/shared/api carry TypeBox schemas for the server's validation and OpenAPI document; the
 * phone only needs a contract's method and path, and its types, which the compiler checks before
 * any build. Without this, TypeBox and every schema ride in the first download (about 16 kB gzip,
 * most of a second on a weak 3G signal). Every schema here is an empty object schema: shared
 * modules that spread or pick `.properties` still evaluate.
 */
const emptySchema = (): { properties: Record<string, never> } => ({ properties: {} });

const Type: Record<string, typeof emptySchema> = new Proxy({}, { get: () => emptySchema });

export default Type;
