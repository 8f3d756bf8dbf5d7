export { WebServer, WebServerError, webSettings } from "./web-server.ts"
export { handleRequest, matchRoute } from "./routes.ts"
export { csvCell } from "./csv.ts"
export { atomFeed, xmlEscape } from "./atom.ts"
