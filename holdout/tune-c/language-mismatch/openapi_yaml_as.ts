openapi: 3.0.3
info:
  title: Parcel Tracking API
  version: 1.2.0
paths:
  /parcels/{trackingId}:
    get:
      summary: Get the status of a parcel
      parameters:
        - name: trackingId
          in: path
          required: true
          schema:
            type: string
      responses:
        '200':
          description: Parcel found
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Parcel'
        '404':
          description: Unknown tracking id
components:
  schemas:
    Parcel:
      type: object
      required: [trackingId, status]
      properties:
        trackingId:
          type: string
        status:
          type: string
          enum: [label_created, in_transit, out_for_delivery, delivered]
        eta:
          type: string
          format: date-time
