// A small command run by run-command.test.ts as a real process, to check the conventions end to end.
import { Console, Effect } from "effect"
import { Command, Flag } from "effect/cli"
import { runCommand, UsageError } from "../index.ts"

const greet = Command.make(
  "greet",
  {
    name: Flag.String("name").pipe(Flag.withDescription("Who to greet (default: world)."), Flag.withDefault("world")),
    times: Flag.Int("times").pipe(Flag.withDescription("How many greetings (default: 1)."), Flag.withDefault(1)),
    fail: Flag.Literals("fail", ["usage", "runtime"]).pipe(Flag.withDescription("Fail on purpose."), Flag.optional)
  },
  ({ name, times, fail }) =>
    Effect.gen(function* () {
      if (fail._tag === "Some" && fail.value === "usage") return yield* new UsageError({ reason: "no such greeting" })
      if (fail._tag === "Some") return yield* Effect.fail(new Error("the greeting service is down"))
      for (let index = 0; index < times; index++) yield* Console.log(`hello ${name}`)
    })
).pipe(
  Command.withDescription("Greets someone."),
  Command.withExamples([{ command: "pnpm greet --name Asha --times 2", description: "two greetings" }])
)

runCommand(greet, { name: "greet" })
