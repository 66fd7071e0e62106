import type { Metadata } from 'next';
import { connection } from 'next/server';
import { cache } from 'react';
import { fetchModelCard } from '@/lib/analytics/model-card-load';
import { modelAblationView, modelConfusionView, modelIndicesView, modelReliabilityView } from '@/lib/views/model';
import { drawView } from '../ui/view-rows';
import { EmptyState } from '../ui/empty-state';
import { Skeleton } from '../ui/skeleton';
import { Calibration, HeadlineFigures } from '../ui/model/facts';
import { TitleCoderSection } from '../ui/model/title-coder';
import { AblationTable, ConfusionTable, IndexAgreement } from '../ui/model/tables';
import { KnownLimits, TrainingFacts } from '../ui/model/training';
import { Widget } from '../ui/widget';

export const metadata: Metadata = { title: 'Model card' };

/** Read once per request, though every section shows part of it. */
const cardOnce = cache(() => fetchModelCard());

async function Card() {
  const card = await cardOnce();
  if (!card)
    return (
      <EmptyState title="No exposure model yet">
        Train one with npm run train, or commit an artifact under models/.
      </EmptyState>
    );
  // The tables draw the rows of the views their CSV links export.
  const [confusion, reliability, ablation, indices] = await Promise.all([
    drawView(modelConfusionView),
    drawView(modelReliabilityView),
    drawView(modelAblationView),
    drawView(modelIndicesView),
  ]);
  return (
    <>
      <p className="meta" data-testid="model-version">
        Model {card.version}
        {card.current
          ? ' — the version behind the scores shown on this dashboard.'
          : ' — the newest committed artifact; no version has been scored into the database yet.'}
      </p>
      <HeadlineFigures card={card} />
      {confusion.rows.length ? <ConfusionTable confusion={confusion.rows.map((r) => r.counts)} /> : null}
      <Calibration bins={reliability.rows} ece={card.headline.ece} />
      {ablation.rows.length ? <AblationTable rows={ablation.rows} occupations={card.headline.occupations} /> : null}
      <TitleCoderSection coder={card.titleCoder} />
      {indices.rows.length ? <IndexAgreement indices={indices.rows} /> : null}
      <TrainingFacts card={card} />
      <KnownLimits limits={card.limits} />
    </>
  );
}

/** The model card: everything needed to judge the exposure scores, from the model's recorded evaluation. */
export default async function ModelPage() {
  await connection();
  return (
    <>
      <h1>How the exposure scores are computed</h1>
      <p className="lead">
        A model labels every O*NET task E0 (no exposure), E1 (an LLM could halve the time it takes) or E2 (it could with
        LLM-powered tools), following Eloundou et al. (2023); an occupation&apos;s score weighs its tasks (E1 fully, E2
        half) and comes with an 80% interval. Every figure below was measured on occupations the model never saw in
        training, against the human annotators&apos; labels.
      </p>
      <Widget what="the model card" fallback={<Skeleton height={600} />}>
        <Card />
      </Widget>
    </>
  );
}
