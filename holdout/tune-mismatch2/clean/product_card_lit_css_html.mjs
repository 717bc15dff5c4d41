import { LitElement, css, html, nothing } from "lit";

export class ProductCard extends LitElement {
  static properties = {
    name: { type: String },
    price: { type: Number },
    imageUrl: { type: String, attribute: "image-url" },
    soldOut: { type: Boolean, attribute: "sold-out" },
  };

  static styles = css`
    :host {
      display: block;
      border: 1px solid #e5e7eb;
      border-radius: 12px;
      overflow: hidden;
      font-family: system-ui, sans-serif;
    }
    img {
      width: 100%;
      aspect-ratio: 4 / 3;
      object-fit: cover;
    }
    .body {
      padding: 12px 16px;
    }
    .price {
      font-weight: 600;
      color: var(--price-color, #111827);
    }
    .badge {
      background: #fee2e2;
      color: #991b1b;
      padding: 2px 8px;
      border-radius: 999px;
      font-size: 0.75rem;
    }
  `;

  render() {
    return html`
      <img src=${this.imageUrl} alt=${this.name} loading="lazy" />
      <div class="body">
        <h3>${this.name}</h3>
        <p class="price">${new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(this.price)}</p>
        ${this.soldOut ? html`<span class="badge">Sold out</span>` : nothing}
        <button ?disabled=${this.soldOut} @click=${this._add}>Add to cart</button>
      </div>
    `;
  }

  _add() {
    this.dispatchEvent(new CustomEvent("add-to-cart", { detail: { name: this.name }, bubbles: true, composed: true }));
  }
}

customElements.define("product-card", ProductCard);
