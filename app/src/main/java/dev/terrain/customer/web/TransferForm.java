package dev.terrain.customer.web;

import java.util.ArrayList;
import java.util.List;

import dev.terrain.customer.TransferRequest;

/** The transfer wizard's fields, carried from step to step in hidden inputs. */
class TransferForm {

    private List<String> customerIds = new ArrayList<>();
    private String toUserId;
    private String mode = "MOVE";
    private String duration = "PERMANENT";
    private String startsOn;
    private String endsOn;

    TransferRequest request() {
        return new TransferRequest(customerIds, toUserId, mode, isTemporary(), startsOn, isTemporary() ? endsOn : null);
    }

    boolean isTemporary() {
        return "TEMPORARY".equals(duration);
    }

    public List<String> getCustomerIds() {
        return customerIds;
    }

    public void setCustomerIds(List<String> customerIds) {
        this.customerIds = customerIds == null ? new ArrayList<>() : customerIds;
    }

    public String getToUserId() {
        return toUserId;
    }

    public void setToUserId(String toUserId) {
        this.toUserId = toUserId;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }
}
