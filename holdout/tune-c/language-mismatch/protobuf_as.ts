syntax = "proto3";

package chat.v1;

message SendMessageRequest {
  string room_id = 1;
  string body = 2;
  repeated string mentions = 3;
}

message SendMessageResponse {
  string message_id = 1;
  int64 sent_at_unix_ms = 2;
}

service ChatService {
  rpc SendMessage(SendMessageRequest) returns (SendMessageResponse);
}
