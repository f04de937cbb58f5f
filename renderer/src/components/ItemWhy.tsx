import type { PlanItem } from '../../../shared/contract/views';

const FACT_WORD: Record<PlanItem['unverified'][number], string> = {
  hours: 'hours',
  url: 'link',
  cost: 'price',
  level: 'level',
  framework: 'framework',
  edition: 'edition',
};

/** Why an item is in the plan, the certificate or specialization it counts toward, and any unverified facts. */
export function ItemWhy({ item }: { item: Pick<PlanItem, 'reason' | 'partOf' | 'unverified' | 'title'> }) {
  const showPartOf = item.partOf && !item.reason.includes(item.partOf.title);
  return (
    <>
      <p className="item-why">
        <span className="sr-only">Why: </span>
        {item.reason}
        {showPartOf && (
          <>
            {' '}
            · <span className="part-of">part of {item.partOf!.title}</span>
          </>
        )}
      </p>
      {item.unverified.length > 0 && (
        <p className="item-unverified" title="These facts could not be checked against a source; treat them as estimates.">
          Unverified: {item.unverified.map((f) => FACT_WORD[f]).join(', ')}
        </p>
      )}
    </>
  );
}
