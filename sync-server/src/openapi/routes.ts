import { type Feature, feature, route } from '../http/route'
import { openApiDocument } from './document'

/**
 * `/api/openapi.json`, public: it describes shapes and roles, no data, and tools fetch it before
 * anyone signs in. Built once, on first request, from the features the app mounts.
 */
export function openApiFeature(features: () => readonly Feature[]) {
  let document: string | undefined
  return feature('openapi', '/api/openapi.json', [
    route({
      method: 'get',
      path: '/',
      permission: 'public',
      summary: 'This OpenAPI 3.1 document, generated from the route declarations',
      handler: (c) => {
        document ??= JSON.stringify(openApiDocument(features()))
        return c.body(document, 200, { 'content-type': 'application/json; charset=utf-8' })
      },
    }),
  ])
}
