package com.acme.users

import java.time.Instant
import java.util.UUID

data class User(
    val id: UUID = UUID.randomUUID(),
    val email: String,
    val displayName: String?,
    val createdAt: Instant = Instant.now(),
)

class UserRepository {
    private val users = mutableMapOf<UUID, User>()

    fun save(user: User): User {
        users[user.id] = user
        return user
    }

    fun findByEmail(email: String): User? = users.values.firstOrNull { it.email == email }
}
