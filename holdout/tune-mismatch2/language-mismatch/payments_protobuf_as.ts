syntax = "proto3";

package payments.v1;

option go_package = "github.com/acme/payments/gen/paymentsv1";

import "google/protobuf/timestamp.proto";

message Charge {
  string id = 1;
  int64 amount_cents = 2;
  string currency = 3;
  google.protobuf.Timestamp created_at = 4;
}

service PaymentService {
  rpc CreateCharge(CreateChargeRequest) returns (Charge);
  rpc GetCharge(GetChargeRequest) returns (Charge);
}

message CreateChargeRequest { int64 amount_cents = 1; string currency = 2; }
message GetChargeRequest { string id = 1; }
