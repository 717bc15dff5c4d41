<template>
  <li :class="{ done: todo.done }">
    <input type="checkbox" :checked="todo.done" @change="$emit('toggle', todo.id)" />
    <span>{{ todo.title }}</span>
    <button @click="$emit('remove', todo.id)">Remove</button>
  </li>
</template>

<script setup lang="ts">
defineProps<{ todo: { id: number; title: string; done: boolean } }>();
defineEmits<{ (e: 'toggle', id: number): void; (e: 'remove', id: number): void }>();
</script>

<style scoped>
.done span {
  text-decoration: line-through;
}
</style>
