package com.example.api

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

fun Application.configureRouting(repo: BookRepository) {
    routing {
        route("/books") {
            get {
                call.respond(repo.all())
            }
            get("/{id}") {
                val id = call.parameters["id"]?.toLongOrNull()
                    ?: return@get call.respond(HttpStatusCode.BadRequest)
                val book = repo.find(id) ?: return@get call.respond(HttpStatusCode.NotFound)
                call.respond(book)
            }
            post {
                val book = call.receive<NewBook>()
                call.respond(HttpStatusCode.Created, repo.add(book))
            }
        }
    }
}
