/**
 * A bare form of the company or brand a page is about, read as that one (contract v1.1, subject: the company the
 * figure is about, shortest form that keeps what narrows it): on a page about 达芬奇家具 a figure whose words name only
 * 家具 is about 达芬奇家具; on a page about 锦湖长春工厂, one naming 工厂 or 长春工厂 is about the factory the page is about.
 * The page's named subject is read by the scope stage (pipeline/scope/named-topic.ts).
 */
import type { DocumentScope } from '../../core/document';
import type { PlaceIndex } from '../metadata/places';

/**
 * The page's named subject for a figure whose subject is a bare tail of it (家具 of 达芬奇家具), unless the figure's
 * clause names a place and not the page's name (全市有生产家具的企业3千多家 on a page about 达芬奇家具 is the city's
 * furniture makers); else the subject as found.
 */
export function asPageNamed(p: { subject: string | null; clause: string; scope: DocumentScope; places: PlaceIndex }): string | null {
  const { subject, clause, scope, places } = p;
  const named = scope.namedSubject;
  if (!named || subject === null || subject === named.subject || !named.subject.endsWith(subject)) return subject;
  if (clause.includes(named.name)) return named.subject;
  // The places the clause names outside the page's own names (长春 of 锦湖长春工厂 is part of the name).
  const rest = clause.split(named.subject).join('、');
  const namesPlace = places.find(rest, 0, rest.length, () => true).some((place) => place.kind === 'division' || place.kind === 'self');
  return namesPlace ? subject : named.subject;
}
