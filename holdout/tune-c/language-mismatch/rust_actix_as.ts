// src/main.rs
use actix_web::{get, post, web, App, HttpResponse, HttpServer, Responder};
use serde::Deserialize;
use std::sync::Mutex;

struct AppState {
    counter: Mutex<i64>,
}

#[derive(Deserialize)]
struct Increment {
    by: i64,
}

#[get("/count")]
async fn count(data: web::Data<AppState>) -> impl Responder {
    let c = data.counter.lock().unwrap();
    HttpResponse::Ok().json(*c)
}

#[post("/count")]
async fn increment(data: web::Data<AppState>, body: web::Json<Increment>) -> impl Responder {
    let mut c = data.counter.lock().unwrap();
    *c += body.by;
    HttpResponse::Ok().json(*c)
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let state = web::Data::new(AppState { counter: Mutex::new(0) });
    HttpServer::new(move || App::new().app_data(state.clone()).service(count).service(increment))
        .bind(("127.0.0.1", 8080))?
        .run()
        .await
}
