import puppeteer from "puppeteer";

const HIDE_BANNERS = `
  #cookie-banner, .newsletter-modal, [data-testid="paywall"] { display: none !important; }
  body { overflow: auto !important; }
`;

export async function scrapeArticles(url) {
  const browser = await puppeteer.launch({ headless: "new" });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: "networkidle2" });
    await page.addStyleTag({ content: HIDE_BANNERS });

    const articles = await page.evaluate(() => {
      const nodes = document.querySelectorAll("article.post, div[data-type='article']");
      return Array.from(nodes, (el) => ({
        title: el.querySelector("h2, h3")?.textContent.trim() ?? "",
        href: el.querySelector("a[href]")?.href ?? null,
        date: el.querySelector("time[datetime]")?.getAttribute("datetime") ?? null,
      }));
    });

    await page.screenshot({ path: "page.png", fullPage: true });
    return articles.filter((a) => a.href);
  } finally {
    await browser.close();
  }
}

if (process.argv[2]) {
  console.log(JSON.stringify(await scrapeArticles(process.argv[2]), null, 2));
}
