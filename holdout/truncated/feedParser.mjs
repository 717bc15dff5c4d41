import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

export async function fetchFeed(url) {
  const res = await fetch(url, { headers: { accept: 'application/rss+xml, application/atom+xml' } });
  if (!res.ok) throw new Error(`feed ${url} returned ${res.status}`);
  const doc = parser.parse(await res.text());
  const channel = doc.rss?.channel ?? doc.feed;
  const entries = channel.item ?? channel.entry ?? [];
  retu