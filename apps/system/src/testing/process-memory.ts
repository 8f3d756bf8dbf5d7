import { readFileSync } from "node:fs"

/** Resident memory of one process in KiB (VmRSS from /proc), or undefined once it is gone. */
export const residentKb = (pid: number): number | undefined => {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))
    return match === null ? undefined : Number(match[1])
  } catch {
    return undefined
  }
}

/** `pid` and every process below it: tsx runs the program in a child node process of its own. */
export const processTree = (pid: number): ReadonlyArray<number> => {
  const children = (() => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number)
    } catch {
      return []
    }
  })()
  return [pid, ...children.flatMap(processTree)]
}

/** Linux only: /proc is where the figures come from. */
export const canReadProcessMemory = (): boolean => residentKb(process.pid) !== undefined

/**
 * Samples the resident memory of a process tree every `intervalMs` until stopped; reports the
 * peak of the largest single process (the program itself) and of the tree as a whole.
 */
export const sampleMemory = (pid: number, intervalMs = 100) => {
  let peakProcessKb = 0
  let peakTreeKb = 0
  let samples = 0
  const sample = () => {
    const sizes = processTree(pid).map((member) => residentKb(member) ?? 0)
    if (sizes.length === 0) return
    samples += 1
    peakProcessKb = Math.max(peakProcessKb, ...sizes)
    peakTreeKb = Math.max(
      peakTreeKb,
      sizes.reduce((sum, size) => sum + size, 0)
    )
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      sample()
      return { peakProcessMb: Math.round(peakProcessKb / 1024), peakTreeMb: Math.round(peakTreeKb / 1024), samples }
    }
  }
}
