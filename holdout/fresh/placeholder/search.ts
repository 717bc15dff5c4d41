import { Client } from '@elastic/elasticsearch';

const es = new Client({ node: process.env.ELASTIC_URL });

export interface SearchHit {
  id: string;
  title: string;
  score: number;
}

export async function search(q: string, size = 20): Promise<SearchHit[]> {
  // Add your logic here
}

export async function reindex(): Promise<void> {
  await es.indices.delete({ index: 'articles' }, { ignore: [404] });
  await es.indices.create({ index: 'articles' });
}
