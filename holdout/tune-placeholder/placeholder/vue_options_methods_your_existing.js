import { mapState, mapActions } from 'vuex';
import PriceTag from './PriceTag.vue';

export default {
  name: 'ProductCard',
  components: { PriceTag },
  props: {
    product: { type: Object, required: true },
    compact: { type: Boolean, default: false },
  },
  data() {
    return { adding: false, quantity: 1 };
  },
  computed: {
    ...mapState('cart', ['items']),
    inCart() {
      return this.items.some((i) => i.id === this.product.id);
    },
  },
  methods: {
    ...mapActions('cart', ['addItem']),
    // your existing methods here
  },
};
