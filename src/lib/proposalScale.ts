import type { Position, Question } from "../schemas/proposals.ts";

/**
 * Where a position sits on its question's scale, in percent: 0 at the point furthest from Moscow's
 * demand, 100 at Moscow's own, the points between evenly spaced. `undefined` for a position that
 * takes no point (not addressed, not public, or off the scale).
 */
export function scalePlace(question: Question, position: Position): number | undefined {
  if (!position.point) return undefined;
  const i = question.scale.findIndex((point) => point.id === position.point);
  if (i < 0) throw new Error(`question "${question.id}": no point "${position.point}" on its scale`);
  return Math.round((100 * i) / (question.scale.length - 1));
}
