import { Queue, Worker } from "bullmq"
import { Redis as IORedis } from "ioredis"

export interface BareBullmqOptions {
  readonly redisUrl: string
  readonly prefix: string
  /** How many queues each job passes through, as an item passes through the pipeline's queues. */
  readonly hops: number
  readonly jobs: number
  /** Jobs moved through first and not timed, so both sides are measured with a warm JIT. */
  readonly warmupJobs: number
  readonly concurrency: number
  /**
   * What the last hop does with each job besides completing it. Left out, nothing: the bare
   * baseline. The floor line gives it one Slack post, the least the pipeline does per alert.
   */
  readonly lastHop?: (data: BareJobData) => Promise<unknown>
}

/** Each job's payload: about the size of a wire item's headline and link. */
export interface BareJobData {
  readonly title: string
}

/**
 * The baseline the pipeline is judged against: no-op jobs moved through `hops` BullMQ queues on
 * the same Redis, each worker only forwarding the job to the next queue. Returns jobs per second
 * from the first add to the last completion.
 */
export const measureBareBullmq = async (
  options: BareBullmqOptions
): Promise<{ jobsPerSecond: number; seconds: number }> => {
  const connections: Array<IORedis> = []
  const connect = () => {
    const connection = new IORedis(options.redisUrl, { maxRetriesPerRequest: null })
    connections.push(connection)
    return connection
  }
  const queueConnection = connect()
  const queues = Array.from(
    { length: options.hops },
    (_, hop) => new Queue(`bare-${hop}`, { connection: queueConnection, prefix: options.prefix })
  )
  let completed = 0
  let expected = 0
  let finish: () => void = () => {}
  const workers = queues.map(
    (_, hop) =>
      new Worker(
        `bare-${hop}`,
        async (job) => {
          const next = queues[hop + 1]
          if (next !== undefined) {
            await next.add("noop", job.data, { jobId: job.id, removeOnComplete: true })
            return
          }
          if (options.lastHop !== undefined) await options.lastHop(job.data as BareJobData)
          if (++completed === expected) finish()
        },
        {
          connection: connect(),
          prefix: options.prefix,
          concurrency: options.concurrency,
          removeOnComplete: { count: 0 }
        }
      )
  )
  await Promise.all(workers.map((worker) => worker.waitUntilReady()))
  const payload: BareJobData = { title: "x".repeat(200) }
  /** Seconds from the first add to the last completion of `jobs` jobs. */
  const run = async (jobs: number, label: string) => {
    completed = 0
    expected = jobs
    const allDone = new Promise<void>((resolve) => {
      finish = resolve
    })
    const started = performance.now()
    for (let offset = 0; offset < jobs; offset += 500) {
      const batch = Array.from({ length: Math.min(500, jobs - offset) }, (_, index) => ({
        name: "noop",
        data: payload,
        opts: { jobId: `${label}-${offset + index}`, removeOnComplete: true }
      }))
      await queues[0]!.addBulk(batch)
    }
    await allDone
    return (performance.now() - started) / 1000
  }
  if (options.warmupJobs > 0) await run(options.warmupJobs, "warmup")
  const seconds = await run(options.jobs, "job")
  await Promise.all(workers.map((worker) => worker.close()))
  for (const queue of queues) await queue.obliterate({ force: true })
  await Promise.all(queues.map((queue) => queue.close()))
  await Promise.all(connections.map((connection) => connection.quit()))
  return { jobsPerSecond: options.jobs / seconds, seconds }
}
