import { describe, expect, it } from "vitest";
import { talksTimeline } from "../../src/lib/talksTimeline.ts";
import { frontAtEvents, type FrontAtEvent } from "../../src/lib/frontAtEvents.ts";
import { sceneFor } from "../../src/lib/sceneFor.ts";
import { en } from "../../src/i18n/en.ts";
import type { Party } from "../../src/schemas/roles.ts";
import type { TalksEvent } from "../../src/schemas/timeline.ts";
import { committedData } from "../support/committed.ts";
import { measuredKm2 } from "../support/measuredKm2.ts";

const event = (id: string, date: string, parties: Party[]): TalksEvent => ({
  id,
  date,
  place: "Geneva",
  title: `Talks ${id}`,
  short: id,
  summary: "Negotiators met to discuss a draft.",
  kind: "talks",
  confidence: "solid",
  participants: { parties, sources: ["source"] },
  sources: ["source"],
});

// Sorted by date, as the timeline file must be.
const events = [
  event("riyadh", "2025-02-18", ["us", "russia"]),
  event("jeddah", "2025-03-11", ["us", "ukraine"]),
  event("istanbul", "2025-05-16", ["russia", "ukraine"]),
  event("statement", "2025-05-20", ["ukraine"]),
  event("berlin", "2025-12-14", ["us", "ukraine", "europe"]),
];
const fronts: FrontAtEvent[] = [
  { event: "riyadh", snapshot: "2025-02-18", km2: 112_298 },
  { event: "jeddah", snapshot: "2025-03-11", km2: 112_410, since: { event: "riyadh", snapshot: "2025-02-18", netKm2: 112 } },
  { event: "istanbul", snapshot: "2025-05-16", km2: 113_817, since: { event: "jeddah", snapshot: "2025-03-11", netKm2: 1_407 } },
  { event: "statement", snapshot: "2025-05-16", km2: 113_817 },
  { event: "berlin", snapshot: "2025-12-02", km2: 113_767, since: { event: "statement", snapshot: "2025-05-16", netKm2: -50 } },
];
const timeline = talksTimeline({ events, fronts, locale: "en-GB", words: en.timeline });
const mark = (id: string) => {
  const found = timeline.marks.find((m) => m.id === id);
  if (!found) throw new Error(`no mark "${id}"`);
  return found;
};
const has = (id: string) => timeline.marks.some((m) => m.id === id);
const rowY = (party: Party) => mark(`row-${party}`).anchor[1];
const eventX = (id: string) => mark(`${id}-dot`).anchor[0];
const PARTIES: Party[] = ["us", "russia", "ukraine", "europe", "e3"];

describe("talksTimeline({ events, fronts, locale, words })", () => {
  it("draws one row per party, each in its party's colour and named in the strings' words, wide and narrow", () => {
    for (const party of PARTIES) {
      expect(mark(`row-${party}`)).toMatchObject({ kind: "axis", party, shownByDefault: true });
      expect(mark(`party-${party}`)).toMatchObject({
        kind: "party",
        name: en.timeline.parties[party].name,
        party,
        labelByDefault: true,
        orientation: "across",
      });
      expect(mark(`party-${party}-short`)).toMatchObject({ name: en.timeline.parties[party].short, party, orientation: "down" });
    }
    expect(new Set(PARTIES.map(rowY)).size).toBe(5);
    expect(sceneFor({}, timeline).labels.map((l) => l.id)).toEqual(expect.arrayContaining(PARTIES.map((p) => `party-${p}`)));
  });

  it("puts the United States between Russia and Ukraine, so US-Russian and US-Ukrainian meetings join neighbouring rows", () => {
    expect(rowY("russia")).toBeLessThan(rowY("us"));
    expect(rowY("us")).toBeLessThan(rowY("ukraine"));
  });

  it("marks each event on the rows of exactly the parties that took part, in their colours", () => {
    for (const { id, participants } of events) {
      for (const party of PARTIES) {
        expect(has(`${id}-${party}`), `${id} on ${party}`).toBe(participants.parties.includes(party));
        if (!participants.parties.includes(party)) continue;
        expect(mark(`${id}-${party}`)).toMatchObject({ kind: "event", party, anchor: [eventX(id), rowY(party)], shownByDefault: true });
        expect(timeline.paths[`${id}-${party}`]).toBe(`M${eventX(id)},${rowY(party)}h0`);
      }
      // The dot a step highlights lies under the party dots, one at each of the event's rows.
      const ys = [...timeline.paths[`${id}-dot`].matchAll(/M[\d.]+,([\d.]+)h0/g)].map((m) => Number(m[1]));
      expect(ys.sort()).toEqual(participants.parties.map(rowY).sort());
    }
  });

  it("leaves Ukraine's row empty at a meeting of the United States and Russia only, and joins their two rows", () => {
    expect(has("riyadh-ukraine")).toBe(false);
    expect(timeline.paths["riyadh-link"]).toBe(`M${eventX("riyadh")},${rowY("russia")}V${rowY("us")}`);
    expect(timeline.paths["riyadh-dot"]).not.toContain(`,${rowY("ukraine")}h0`);
  });

  it("joins a meeting's parties with one connector from its first row to its last, and gives a party on its own none", () => {
    expect(timeline.paths["berlin-link"]).toBe(`M${eventX("berlin")},${rowY("us")}V${rowY("europe")}`);
    expect(timeline.paths["istanbul-link"]).toBe(`M${eventX("istanbul")},${rowY("russia")}V${rowY("ukraine")}`);
    expect(has("statement-link")).toBe(false);
  });

  it("places events in date order at even steps: across, left to right, and, as a narrow figure turns, top to bottom", () => {
    const xs = events.map((e) => eventX(e.id));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const steps = xs.slice(1).map((x, i) => x - xs[i]);
    for (const step of steps) expect(step).toBeCloseTo(steps[0], 1);
    expect(xs[0]).toBeGreaterThan(mark("party-us").anchor[0]);
    expect(xs.at(-1)!).toBeLessThan(timeline.width);
    // Turned, the figure's x runs down the frame: a later event lies lower.
    expect(timeline.turnsWhenNarrow).toBe(true);
    const down = (id: string) => (mark(`${id}-short`).anchor[0] / timeline.width) * 520;
    expect(down("berlin")).toBeGreaterThan(down("istanbul"));
    expect(down("istanbul")).toBeGreaterThan(down("riyadh"));
  });

  it("gives every event its short name in every scene and its title when a step names it, titles running away from the nearer end", () => {
    expect(mark("riyadh-short")).toMatchObject({ name: "riyadh", labelByDefault: true, orientation: "down" });
    expect(mark("riyadh")).toMatchObject({ name: "Talks riyadh", shownByDefault: false, orientation: "across", labelSide: "end" });
    expect(mark("berlin").labelSide).toBe("start");
    expect(sceneFor({}, timeline).labels.map((l) => l.id)).not.toContain("jeddah");
    expect(sceneFor({ labels: ["jeddah"] }, timeline).labels.find((l) => l.id === "jeddah")?.text).toBe("Talks jeddah");
  });

  it("writes the change of the front between two events in the gap between them, signed, and nothing where they share a snapshot", () => {
    expect(mark("jeddah-gain")).toMatchObject({ kind: "gain", name: "+112", labelByDefault: true });
    expect(mark("istanbul-gain").name).toBe("+1,407");
    expect(mark("berlin-gain").name).toBe("-50");
    expect(has("statement-gain")).toBe(false);
    expect(has("riyadh-gain")).toBe(false);
    const gap = mark("jeddah-gain").anchor[0];
    expect(gap).toBeGreaterThan(eventX("riyadh"));
    expect(gap).toBeLessThan(eventX("jeddah"));
  });

  it("names each month once, in the middle of its events, with a line where it begins", () => {
    const months = sceneFor({}, timeline).labels.filter((l) => l.kind === "tick" && l.id.startsWith("month-"));
    expect(months.map((l) => [l.id, l.text])).toEqual([
      ["month-2025-02", "Feb"],
      ["month-2025-03", "Mar"],
      ["month-2025-05", "May"],
      ["month-2025-12", "Dec"],
    ]);
    expect(mark("month-2025-05").anchor[0]).toBeCloseTo((eventX("istanbul") + eventX("statement")) / 2, 1);
    expect(has("month-2025-02-line")).toBe(false);
    const may = Number(/^M([\d.]+),/.exec(timeline.paths["month-2025-05-line"])![1]);
    expect(may).toBeGreaterThan(eventX("jeddah"));
    expect(may).toBeLessThan(eventX("istanbul"));
  });

  it("makes each event a layer: a step that focuses on it keeps its dots, connector, names and change clear and fades the rest", () => {
    const scene = sceneFor({ focus: ["jeddah"], highlight: ["jeddah-dot"] }, timeline);
    expect(scene.zoom).toEqual({ k: 1, x: 0, y: 0 });
    expect(scene.focused).toEqual(
      expect.arrayContaining(["jeddah", "jeddah-dot", "jeddah-link", "jeddah-us", "jeddah-ukraine", "jeddah-short", "jeddah-gain"]),
    );
    expect(scene.focused.some((id) => id.startsWith("riyadh"))).toBe(false);
    expect(scene.marks["jeddah-dot"].emphasis).toBe(true);
  });
});

describe("talksTimeline, on the committed timeline and snapshots", () => {
  const data = committedData();
  const snapshots = data.snapshots.map((s) => s.data);
  const committed = data.timeline.data.events;
  const drawn = talksTimeline({ events: committed, fronts: frontAtEvents(committed, snapshots), locale: "en-GB", words: en.timeline });
  const land = (day: string) => measuredKm2(snapshots.find((s) => s.date === day && s.measured)!);

  it("shows Ukraine absent from the US-Russian meetings in Riyadh, Alaska and Moscow", () => {
    const ids = new Set(drawn.marks.map((m) => m.id));
    for (const id of ["riyadh-us-russia-talks", "alaska-summit", "moscow-putin-meeting"]) {
      expect([ids.has(`${id}-us`), ids.has(`${id}-russia`), ids.has(`${id}-ukraine`)], id).toEqual([true, true, false]);
    }
  });

  it("writes before Alaska the land Russia gained since the memorandum: the 15 August snapshot's less the 1 June one's, measured here", () => {
    const gain = drawn.marks.find((m) => m.id === "alaska-summit-gain")!;
    expect(Number(gain.name.replace(/[^\d-]/g, ""))).toBeCloseTo(land("2025-08-15") - land("2025-06-01"), -1);
  });
});
