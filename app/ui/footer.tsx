import { connection } from 'next/server';
import { fetchCurrentModelCached, fetchDataVersions } from '@/lib/db/queries/model';

/** Footer line naming the model version and the data versions every figure rests on. */
export async function Footer() {
  await connection();
  const [model, data] = await Promise.all([fetchCurrentModelCached(), fetchDataVersions()]);
  const oews = data.oewsFirstYear ? `OEWS ${data.oewsFirstYear}–${data.oewsLastYear}` : 'no OEWS data';
  const onet = data.onet.length ? `O*NET ${data.onet.join(', ')}` : 'no O*NET data';
  return (
    <footer className="footer">
      Model {model ? <code>{model.version}</code> : 'none ready'} · {onet} · {oews} · Sources: O*NET (CC BY 4.0,
      USDOL/ETA), BLS OEWS and Employment Projections, Eloundou et al. (2024) labels, and the published indices listed
      on <a href="/indices">Indices</a>.
    </footer>
  );
}
