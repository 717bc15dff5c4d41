package app.data

import org.jetbrains.exposed.sql.Table
import org.jetbrains.exposed.sql.javatime.datetime
import org.jetbrains.exposed.sql.transactions.transaction
import org.jetbrains.exposed.sql.Database
import org.jetbrains.exposed.sql.SchemaUtils

object Notes : Table("notes") {
    val id = integer("id").autoIncrement()
    val title = varchar("title", 200)
    val body = text("body").default("")
    val pinned = bool("pinned").default(false)
    val updatedAt = datetime("updated_at")

    override val primaryKey = PrimaryKey(id)
}

fun initDb(path: String) {
    Database.connect("jdbc:sqlite:$path", driver = "org.sqlite.JDBC")
    transaction {
        SchemaUtils.create(Notes)
        exec("CREATE INDEX IF NOT EXISTS notes_pinned_idx ON notes (pinned, updated_at)")
        exec("PRAGMA journal_mode = WAL")
    }
}
