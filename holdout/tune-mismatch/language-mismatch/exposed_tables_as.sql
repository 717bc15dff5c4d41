package com.example.db

import org.jetbrains.exposed.sql.Table
import org.jetbrains.exposed.sql.javatime.timestamp
import org.jetbrains.exposed.sql.SchemaUtils
import org.jetbrains.exposed.sql.transactions.transaction

object Users : Table("users") {
    val id = long("id").autoIncrement()
    val email = varchar("email", 255).uniqueIndex()
    val displayName = varchar("display_name", 100).nullable()
    val createdAt = timestamp("created_at")
    override val primaryKey = PrimaryKey(id)
}

object Sessions : Table("sessions") {
    val token = varchar("token", 64)
    val userId = long("user_id").references(Users.id)
    val expiresAt = timestamp("expires_at")
    override val primaryKey = PrimaryKey(token)
}

fun createSchema() = transaction {
    SchemaUtils.create(Users, Sessions)
}
