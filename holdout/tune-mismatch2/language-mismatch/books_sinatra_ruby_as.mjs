require "sinatra"
require "json"

set :port, 4567

BOOKS = [
  { id: 1, title: "Dune", author: "Frank Herbert" },
  { id: 2, title: "Neuromancer", author: "William Gibson" }
]

get "/books" do
  content_type :json
  BOOKS.to_json
end

get "/books/:id" do
  book = BOOKS.find { |b| b[:id] == params[:id].to_i }
  halt 404, { error: "not found" }.to_json unless book
  content_type :json
  book.to_json
end
