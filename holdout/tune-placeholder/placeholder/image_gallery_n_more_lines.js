class ImageGallery {
  constructor(root, { autoplay = false, interval = 5000 } = {}) {
    this.root = root;
    this.slides = Array.from(root.querySelectorAll('.slide'));
    this.index = 0;
    this.autoplay = autoplay;
    this.interval = interval;
    this.timer = null;
  }

  init() {
    this.root.querySelector('.next').addEventListener('click', () => this.next());
    this.root.querySelector('.prev').addEventListener('click', () => this.prev());
    if (this.autoplay) this.start();
    this.render();
  }

  // ... 40 more lines ...

  render() {
    this.slides.forEach((slide, i) => {
      slide.classList.toggle('active', i === this.index);
      slide.setAttribute('aria-hidden', String(i !== this.index));
    });
  }
}

module.exports = ImageGallery;
