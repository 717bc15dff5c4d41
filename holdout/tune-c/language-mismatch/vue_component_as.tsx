<template>
  <div class="search">
    <input v-model="query" type="search" placeholder="Search users..." @keyup.enter="search" />
    <ul v-if="results.length">
      <li v-for="user in results" :key="user.id">{{ user.name }} <small>{{ user.email }}</small></li>
    </ul>
    <p v-else-if="searched">No users found.</p>
  </div>
</template>

<script setup lang="ts">
import { ref } from 'vue'

interface User { id: number; name: string; email: string }

const query = ref('')
const results = ref<User[]>([])
const searched = ref(false)

async function search() {
  const res = await fetch(`/api/users?q=${encodeURIComponent(query.value)}`)
  results.value = await res.json()
  searched.value = true
}
</script>

<style scoped>
.search { max-width: 480px; }
</style>
