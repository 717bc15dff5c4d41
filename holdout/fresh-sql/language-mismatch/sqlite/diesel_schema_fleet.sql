// @generated automatically by Diesel CLI.

diesel::table! {
    vehicles (id) {
        id -> Integer,
        plate -> Text,
        model -> Text,
        odometer_km -> Integer,
    }
}

diesel::table! {
    trips (id) {
        id -> Integer,
        vehicle_id -> Integer,
        started_at -> Timestamp,
        ended_at -> Nullable<Timestamp>,
        distance_km -> Double,
    }
}

diesel::joinable!(trips -> vehicles (vehicle_id));

diesel::allow_tables_to_appear_in_same_query!(trips, vehicles,);
