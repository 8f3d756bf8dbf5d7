import { existsSync } from "node:fs"
import { chromium, type Browser } from "playwright-core"

/** Debian's chromium (`apt-get install chromium`; `.ci/run` installs it when absent). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

export const launchChromium = async (): Promise<Browser> => {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `no Chromium at ${chromiumPath}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH`
    )
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run"
    ]
  })
}
