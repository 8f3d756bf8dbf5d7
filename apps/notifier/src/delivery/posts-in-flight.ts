/**
 * The posts this process is making right now, by delivery key. A follow-up whose first alert is
 * being posted here waits for that post in memory, instead of going back to the queue delayed
 * and being picked up again later (a BullMQ delay costs two scripts and the job a second run).
 * Only an optimisation: the ledger stays the record, and a follow-up whose first alert is not
 * being posted in this process (another process, or still queued) is delayed as before.
 */
export interface PostsInFlight {
  /** Marks `deliveryKey` as being posted; the returned function ends the mark (call it once). */
  readonly begin: (deliveryKey: string) => () => void
  /**
   * Waits until no post of `deliveryKey` is in flight here, at most `maxWaitMs`. True when one
   * was in flight and ended within the wait; false when none was, or it was still going.
   */
  readonly waitFor: (deliveryKey: string, maxWaitMs: number) => Promise<boolean>
}

interface Mark {
  holders: number
  readonly ended: Promise<void>
  readonly end: () => void
}

export const makePostsInFlight = (): PostsInFlight => {
  const marks = new Map<string, Mark>()

  const begin = (deliveryKey: string) => {
    let mark = marks.get(deliveryKey)
    if (mark === undefined) {
      let end: () => void = () => {}
      const ended = new Promise<void>((resolve) => {
        end = resolve
      })
      mark = { holders: 0, ended, end }
      marks.set(deliveryKey, mark)
    }
    const held = mark
    held.holders++
    let released = false
    return () => {
      if (released) return
      released = true
      if (--held.holders > 0) return
      marks.delete(deliveryKey)
      held.end()
    }
  }

  const waitFor = async (deliveryKey: string, maxWaitMs: number) => {
    const mark = marks.get(deliveryKey)
    if (mark === undefined) return false
    let timer: ReturnType<typeof setTimeout> | undefined
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), maxWaitMs)
    })
    try {
      return await Promise.race([mark.ended.then(() => true as const), timedOut])
    } finally {
      clearTimeout(timer)
    }
  }

  return { begin, waitFor }
}
