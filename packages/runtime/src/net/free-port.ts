import { createServer } from "node:net"

/**
 * A loopback port nothing listens on right now: the OS picks it, and it is closed again before
 * it is returned, for a server to bind next or for a test that needs a port with nobody behind it.
 */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })
