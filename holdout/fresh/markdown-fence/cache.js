   ```javascript
   class LRUCache {
     constructor(limit = 100) {
       this.limit = limit;
       this.map = new Map();
     }

     get(key) {
       if (!this.map.has(key)) return undefined;
       const value = this.map.get(key);
       this.map.delete(key);
       this.map.set(key, value);
       return value;
     }

     set(key, value) {
       this.map.delete(key);
       this.map.set(key, value);
       if (this.map.size > this.limit) {
         this.map.delete(this.map.keys().next().value);
       }
     }
   }

   module.exports = LRUCache;
   ```
