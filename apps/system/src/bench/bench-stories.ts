import type { DemoStory } from "../demo/demo-stories.ts"

/**
 * Realistic wire items for the benchmark and the load tests, generated from templates written for
 * this project: India–Italy developments of several kinds (each with its own date, place and
 * people, so they are distinct developments) mixed with reports that are not about India–Italy.
 */
const agreementTopics = ["space cooperation", "green hydrogen", "critical minerals", "health research"]

const developments: ReadonlyArray<(day: string, place: string, n: number) => { title: string; body: string }> = [
  (day, place, n) => ({
    title: `India, Italy sign MoU on ${agreementTopics[n % agreementTopics.length]} in ${place}`,
    body:
      `${place}, ${day}: India and Italy on Tuesday signed a memorandum of understanding during talks ` +
      `between External Affairs Minister S. Jaishankar and Italian Foreign Minister Antonio Tajani. ` +
      `Officials said the agreement (series ${n}) sets up a joint working group that will meet twice a year. ` +
      `Bilateral trade reached $14 billion last year, the ministry said.`
  }),
  (day, place, n) => ({
    title: `Indian and Italian navies hold joint exercise off ${["Goa", "Kochi", "Naples", "Taranto"][n % 4]}`,
    body:
      `${place}, ${day}: Warships of the Indian Navy and the Italian Navy began a five-day joint exercise ` +
      `(serial ${n}) on Wednesday, practising anti-submarine warfare, air defence and replenishment at sea, ` +
      `the Ministry of Defence said. Italy's carrier strike group is on an Indo-Pacific deployment.`
  }),
  (day, place, n) => ({
    title: `Italian firms pledge investment in India at ${place} business forum`,
    body:
      `${place}, ${day}: More than ${100 + (n % 300)} Italian companies took part in an India-Italy ` +
      `business forum on Thursday, where Commerce and Industry Minister Piyush Goyal and Italian Minister of ` +
      `Enterprises Adolfo Urso chaired a CEO roundtable. Italian firms announced investments worth Rs ` +
      `${1000 + n} crore in automotive components and food processing.`
  }),
  (day, place, n) => ({
    title: `Modi speaks to Meloni, discusses defence and trade ties`,
    body:
      `New Delhi, ${day}: Prime Minister Narendra Modi spoke to Italian Prime Minister Giorgia Meloni by ` +
      `phone on Friday and reviewed progress under the Joint Strategic Action Plan, including defence ` +
      `industrial cooperation, connectivity and the IMEC corridor (call ${n}), ` +
      `the Prime Minister's Office said.`
  })
]

const distractors: ReadonlyArray<(day: string, n: number) => { title: string; body: string }> = [
  (day, n) => ({
    title: `India and France hold maritime dialogue`,
    body:
      `Paris, ${day}: India and France held the ${n}th round of their maritime dialogue on Monday, ` +
      `discussing Indian Ocean security and Rafale Marine deliveries.`
  }),
  (day, n) => ({
    title: `Italy beat India in hockey friendly`,
    body:
      `Rome, ${day}: Italy beat India 3-2 in a hockey friendly on Saturday, match ${n} of the tour, with a ` +
      `late penalty corner deciding it.`
  }),
  (day, n) => ({
    title: `Italy and China discuss electric-vehicle investment`,
    body:
      `Beijing, ${day}: Italian and Chinese officials discussed electric-vehicle investment and food ` +
      `exports at a forum on Tuesday (session ${n}).`
  })
]

const places = ["New Delhi", "Rome", "Milan", "Mumbai", "Bengaluru", "Naples", "Chennai", "Trieste"]

/**
 * `count` stories: each development is reported twice (the second copy reworded, as another
 * outlet would), developments are three days apart so they stay distinct, and one development in
 * four is not about India–Italy.
 */
export const generateStories = (count: number, now: Date, prefix = "bench"): ReadonlyArray<DemoStory> =>
  Array.from({ length: count }, (_, index) => {
    const development = Math.floor(index / 2)
    const retold = index % 2 === 1
    const published = new Date(now.getTime() - development * 3 * 86_400_000 - (retold ? 5_400_000 : 0))
    const day = published.toLocaleDateString("en-GB", { month: "short", day: "numeric", timeZone: "UTC" })
    const story =
      development % 4 === 3
        ? distractors[development % distractors.length]!(day, development)
        : developments[development % developments.length]!(day, places[development % places.length]!, development)
    return {
      guid: `${prefix}-${index}`,
      title: retold ? `${story.title}: officials` : story.title,
      body: retold ? `${story.body} The development was confirmed by officials on both sides.` : story.body,
      published: published.toISOString(),
      link: `https://wire.example/${prefix}/${index}`
    }
  })
