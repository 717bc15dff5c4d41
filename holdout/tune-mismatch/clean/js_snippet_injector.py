from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

SCROLL_TO_BOTTOM = """
const distance = document.body.scrollHeight;
window.scrollTo({ top: distance, behavior: "instant" });
return distance;
"""

COLLECT_PRODUCTS = """
return Array.from(document.querySelectorAll('[data-product-id]')).map((el) => ({
  id: el.dataset.productId,
  title: el.querySelector('.title')?.innerText.trim(),
  price: parseFloat(el.querySelector('.price')?.innerText.replace(/[^0-9.]/g, '') || '0'),
}));
"""

DISABLE_ANIMATIONS = "const s = document.createElement('style'); s.textContent = '* { transition: none !important; }'; document.head.appendChild(s);"


def scrape(url: str, pages: int = 3) -> list[dict]:
    driver = webdriver.Chrome()
    try:
        driver.get(url)
        WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-product-id]")))
        driver.execute_script(DISABLE_ANIMATIONS)
        last = 0
        for _ in range(pages):
            height = driver.execute_script(SCROLL_TO_BOTTOM)
            if height == last:
                break
            last = height
        return driver.execute_script(COLLECT_PRODUCTS)
    finally:
        driver.quit()
