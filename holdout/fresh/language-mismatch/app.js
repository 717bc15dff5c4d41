require 'sinatra'
require 'json'

set :port, 4567

USERS = [
  { id: 1, name: 'Ada' },
  { id: 2, name: 'Grace' }
]

get '/users' do
  content_type :json
  USERS.to_json
end

get '/users/:id' do
  user = USERS.find { |u| u[:id] == params[:id].to_i }
  halt 404, { error: 'not found' }.to_json unless user
  content_type :json
  user.to_json
end
