import { feedbackActionIds, clickOn, startFakeSlack } from "@india-italy/notifier"
import { describe, expect, it } from "vitest"
import { demoFeeds } from "../demo/demo-stories.ts"
import { runEntryPoint, waitFor, type RunningProcess } from "../testing/processes.ts"
import {
  acceptedPosts,
  cleanupAfterEach,
  defaultRedisUrl,
  deleteKeys,
  freePort,
  makeTempDir,
  relevantStories,
  startStoryFeed,
  stopAll,
  uniquePrefix
} from "../testing/system-harness.ts"

const cleanups = cleanupAfterEach()
const secret = "subscriber-e2e-signing-secret"

/** Runs `pnpm feedback export` (the notifier's CLI, as the root script does) against a prefix. */
const feedbackExport = async (prefix: string): Promise<{ code: number | null; stdout: string; output: string }> => {
  const run = runEntryPoint("apps/notifier/src/cli/feedback.ts", { REDIS_URL: defaultRedisUrl, REDIS_PREFIX: prefix }, [
    "export"
  ])
  let stdout = ""
  run.child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()))
  const code = await run.exited
  return { code, stdout, output: run.output() }
}

describe("a subscriber's view of the product (pnpm start with the demo's wires)", () => {
  it("gives an actor subscription to Fincantieri the demo's Fincantieri development and nothing else; a signed 'Not relevant' click is recorded and exported", async () => {
    const prefix = uniquePrefix("subscriber")
    cleanups.push(() => deleteKeys(defaultRedisUrl, prefix))
    const slack = await startFakeSlack()
    cleanups.push(() => slack.close())
    const feeds = await Promise.all(demoFeeds.map((feed) => startStoryFeed(feed.name, feed.stories)))
    cleanups.push(async () => void (await Promise.all(feeds.map((feed) => feed.close()))))
    const dir = await makeTempDir("subscriber")
    cleanups.push(() => dir.remove())
    const [metricsPort, slashPort] = [await freePort(), await freePort()]
    const processes: Array<RunningProcess> = []
    cleanups.push(() => stopAll(processes))
    const product = runEntryPoint("apps/system/src/main.ts", {
      REDIS_URL: defaultRedisUrl,
      REDIS_PREFIX: prefix,
      METRICS_PORT: String(metricsPort),
      FEEDS_FILE: await dir.writeJson(
        "feeds.json",
        feeds.map((feed, index) => ({ url: feed.url, name: demoFeeds[index]!.name }))
      ),
      SUBSCRIPTIONS_FILE: await dir.writeJson("subscriptions.json", {
        subscriptions: [
          { channel: "CFINCANT01", actors: ["Fincantieri"] },
          { channel: "CALLNEWS01", sectors: "all" }
        ]
      }),
      FEEDS_ALLOW_PRIVATE: "true",
      ALERT_MAX_AGE_HOURS: "0",
      SLACK_BOT_TOKEN: slack.token,
      SLACK_API_URL: slack.url,
      SLACK_SIGNING_SECRET: secret,
      SLASH_COMMAND_PORT: String(slashPort),
      SLASH_COMMAND_HOST: "127.0.0.1",
      OPS_CHANNEL: "",
      CHANNEL_INTERVAL_MS: "0",
      SHUTDOWN_TIMEOUT_MS: "3000",
      NOTIFIER_SHUTDOWN_TIMEOUT_MS: "3000"
    })
    processes.push(product)
    const fail = (error: unknown) => {
      throw new Error(`${String(error)}\n${product.output().slice(-4000)}`)
    }

    // Every relevant demo story reaches the all-sectors channel: the pipeline has seen them all.
    const stories = demoFeeds.flatMap((feed) => feed.stories)
    const fincantieri = stories.find((story) => story.guid.includes("fincantieri"))!
    const cited = (channel: string) =>
      slack
        .successful("chat.postMessage", channel)
        .map((call) => JSON.stringify(call.body))
        .join("\n")
    await waitFor(
      "every relevant demo story in CALLNEWS01",
      () => relevantStories(stories).every((story) => cited("CALLNEWS01").includes(story.link.split("?")[0]!)),
      60_000,
      200
    ).catch(fail)
    await new Promise((resolve) => setTimeout(resolve, 1_000))

    const toFincantieri = acceptedPosts(slack).filter((post) => post.channel === "CFINCANT01")
    expect(toFincantieri.map((post) => post.kind)).toEqual(["alert"])
    expect(cited("CFINCANT01")).toContain(fincantieri.link)
    for (const other of stories.filter((story) => story !== fincantieri))
      expect(cited("CFINCANT01")).not.toContain(other.link.split("?")[0]!)
    expect(
      acceptedPosts(slack).filter((post) => post.channel === "CALLNEWS01" && post.topLevel).length
    ).toBeGreaterThan(1)

    // A reader says it is not relevant: signed like Slack signs it, at the interactivity URL.
    const message = slack.messages.find(
      (candidate) => candidate.channel === "CFINCANT01" && candidate.threadTs === undefined
    )!
    const click = await clickOn({
      endpoint: `http://127.0.0.1:${slashPort}/slack/interactivity`,
      signingSecret: secret,
      message,
      actionId: feedbackActionIds.notRelevant,
      user: "U0READER9"
    })
    expect(click.status).toBe(200)
    await waitFor(
      "the alert acknowledging the answer",
      () => JSON.stringify(message.blocks).includes("Marked not relevant by <@U0READER9>"),
      10_000
    ).catch(fail)

    const exported = await feedbackExport(prefix)
    expect(exported.code, exported.output).toBe(0)
    const lines = exported.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines).toEqual([
      expect.objectContaining({
        title: fincantieri.title,
        url: fincantieri.link,
        text: expect.stringContaining("Fincantieri and Cochin Shipyard"),
        label: expect.objectContaining({
          relevant: false,
          eventType: "not_relevant",
          notes: expect.stringContaining("U0READER9 in CFINCANT01")
        })
      })
    ])
  }, 120_000)
})
