<script lang="ts">
  export let start = 0;
  let count = start;

  $: doubled = count * 2;

  function increment() {
    count += 1;
  }
</script>

<div class="counter">
  <button on:click={increment}>Clicked {count} {count === 1 ? 'time' : 'times'}</button>
  <p>Doubled: {doubled}</p>
  {#if count > 10}
    <p class="warn">That's a lot of clicks!</p>
  {/if}
</div>

<style>
  .warn { color: crimson; }
</style>
